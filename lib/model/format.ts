/** One number formatter for all of FeedCoach's figures: toLocaleString builds a new one on every call, which is slow per post. */
const NUMBER = new Intl.NumberFormat('en');

/** 11716 -> "11,716". */
export const formatNumber = (value: number): string => NUMBER.format(value);
