import { formatDate } from '../data/schema/dates';

export function DateText({ date, style = 'short' }: { date: string; style?: 'short' | 'long' }) {
  return <time dateTime={date}>{formatDate(date, style)}</time>;
}
