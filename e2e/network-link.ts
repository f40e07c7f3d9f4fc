import net from "node:net";
import { test as base, type BrowserContext } from "@playwright/test";

/**
 * A device's own line to the app server: a TCP relay on a port of its own that the test can cut, as a
 * phone loses its connection. Playwright's `setOffline` tells the page it is offline, but Chromium has
 * let a request through it (from a page a service worker controls); with the line cut nothing reaches
 * the server, whoever sends it.
 */
export interface NetworkLink {
  /** The app, reached through this line (give it to the device's context as baseURL). */
  url: string;
  /** Drops every open connection and refuses new ones until `restore`. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function openNetworkLink(target: URL): Promise<NetworkLink> {
  const open = new Set<net.Socket>();
  let up = true;
  const track = (socket: net.Socket) => {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  const server = net.createServer((device) => {
    if (!up) {
      device.destroy();
      return;
    }
    const app = net.connect(Number(target.port), target.hostname);
    track(device);
    track(app);
    device.pipe(app);
    app.pipe(device);
    device.on("close", () => app.destroy());
    app.on("close", () => device.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    // The same host name as the app's own address, on the line's port: another origin, so this device
    // keeps its own cookies, storage and service worker.
    url: `${target.protocol}//${target.hostname}:${port}`,
    cut() {
      up = false;
      for (const socket of open) socket.destroy();
    },
    restore() {
      up = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Tests whose device reaches the app through a line of its own (`link.url`, to give its context as baseURL). */
export const test = base.extend<{ link: NetworkLink }>({
  link: async ({ baseURL }, provide) => {
    const link = await openNetworkLink(new URL(baseURL!));
    await provide(link);
    await link.close();
  },
});

/**
 * Offline as a phone is: the page is told (Playwright's emulation, so `navigator.onLine` and the
 * online/offline events follow) and the device's line to the server is cut, so nothing it sends
 * arrives, whichever part of the browser sends it.
 */
export async function setOffline(context: BrowserContext, link: NetworkLink, offline: boolean) {
  if (offline) link.cut();
  else link.restore();
  await context.setOffline(offline);
}
