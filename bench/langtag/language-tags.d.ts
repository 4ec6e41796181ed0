// language-tags 2.1 ships no types: the one function the bench calls.
declare module 'language-tags' {
  const tags: { check(tag: string): boolean };
  export default tags;
}
