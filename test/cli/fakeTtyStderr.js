// Preloaded into the CLI by a test: stderr claims to be a terminal while both streams stay pipes,
// so the test can see which stream the progress bar goes to.
Object.defineProperty(process.stderr, "isTTY", { value: true });
Object.defineProperty(process.stderr, "columns", { value: 80 });
