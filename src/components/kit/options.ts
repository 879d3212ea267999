/** One choice of a Segmented bar or a Select: the value it stands for and its visible label. */
export interface Option<T extends string> {
  value: T;
  label: string;
}
