// A real WordPress for the end-to-end tests: Debian's `wordpress` package (6.1), a
// throwaway MariaDB on a socket, and PHP's built-in server, all on loopback, started by a
// test file and stopped after it. scripts/setup.sh installs the packages and the host's
// configuration (tests/wordpress/config-127.0.0.1.php); tests/wordpress/install.php
// installs the site and writes its posts.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { until } from './harness.mjs';

const HERE = new URL('../wordpress/', import.meta.url).pathname;

/** A free loopback port. */
function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/**
 * Starts WordPress with posts that hold `paste` (a link on its own line, by an Author, in a
 * block post and a classic one), `pasteTr` (the same in a Turkish post) and
 * a `<restaking-explainer>` loaded from `embedJs` (by an Author and by an Administrator).
 * `widgetPort` is the port WordPress may fetch the pasted link from. Resolves with its
 * address, the posts' ids and `stop()`.
 */
export async function startWordPress({ paste, pasteTr, embedJs, widgetPort }) {
  const dir = mkdtempSync(join(tmpdir(), 'rx-wordpress-'));
  const socket = join(dir, 'db.sock');
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      child.kill('SIGTERM');
      await new Promise((ok) => (child.exitCode !== null ? ok() : child.once('exit', ok)));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${join(dir, 'db')}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
    const db = spawn('mariadbd', ['--no-defaults', `--datadir=${join(dir, 'db')}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${join(dir, 'db.pid')}`, '--innodb-buffer-pool-size=16M'], { stdio: 'ignore' });
    children.push(db);
    await until(() => {
      try {
        execFileSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    }, { timeout: 30_000, interval: 200, message: 'MariaDB to take connections' });
    const mu = join(dir, 'mu-plugins');
    mkdirSync(mu);
    cpSync(join(HERE, 'rx-loopback.php'), join(mu, 'rx-loopback.php'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      RX_WP_DB_SOCKET: socket,
      RX_WP_URL: url,
      RX_WP_MU: mu,
      RX_WP_WIDGET_PORT: String(widgetPort),
      RX_WP_PASTE: paste,
      RX_WP_PASTE_TR: pasteTr,
      RX_WP_EMBED_JS: embedJs,
    };
    const posts = JSON.parse(execFileSync('php', [join(HERE, 'install.php')], { env, encoding: 'utf8' }).trim().split('\n').pop());
    const php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress'], { env, stdio: 'ignore' });
    children.push(php);
    await until(async () => (await fetch(`${url}/`).catch(() => null))?.ok, { timeout: 30_000, interval: 200, message: 'WordPress to answer' });
    return { url, posts, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Whether this machine has what `startWordPress` needs (scripts/setup.sh installs it). */
export const hasWordPress = () =>
  existsSync('/usr/share/wordpress/wp-load.php') && existsSync('/etc/wordpress/config-127.0.0.1.php');
