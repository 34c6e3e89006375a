/** A problem with how the command was called (exit code 2). */
export class UsageError extends Error {
  /**
   * Create a usage error.
   *
   * @param message
   *   What is wrong with the command line or configuration.
   */
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
