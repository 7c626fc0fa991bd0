// Loads defaults through a JSON data: URL (import attributes), and a
// worker from a Blob URL in the browser build: data, not code.
import defaults from "data:application/json,{\"retries\":3}" with { type: "json" };
export const options = { ...defaults };
export async function icon() {
  return (await import("data:application/json;base64,eyJuYW1lIjoiaWNvbiJ9", { with: { type: "json" } })).default;
}
