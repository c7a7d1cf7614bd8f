/** What compiling one `<locale>.ink` file yields: all the runtime needs, and nothing of the compiler. */
export interface CompiledStory {
  /** The source file, for locating tags and errors (`scenarios/overdose-apartment/en.ink`). */
  readonly file: string;
  /** The story as inkjs JSON (a string, without a byte-order mark). */
  readonly json: string;
  /** Line numbers of choice points and line ends, by their path in the compiled story. */
  readonly lines: Readonly<Record<string, number>>;
}
