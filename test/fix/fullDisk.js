// Preloaded into the CLI by a test: every temporary file fix writes hits a full disk (ENOSPC),
// as a real one would, so the test sees the message, the exit status and that nothing is left.
const fs = require("fs");
const open = fs.promises.open;
fs.promises.open = async function (file, flags, ...rest) {
  const handle = await open.call(this, file, flags, ...rest);
  if (!String(file).endsWith(".tmp")) return handle;
  return new Proxy(handle, {
    get(target, prop) {
      if (prop === "writeFile") {
        return async () => {
          throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
        };
      }
      const v = Reflect.get(target, prop);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
};
