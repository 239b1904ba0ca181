// HTTP/1.1 over Node's `net` only, for traffic that fetch() would not send
// (pipelined requests, slow headers, oversized bodies, floods) and for
// latencies measured without a client library's pooling in between.
import net from 'node:net';

// The request bytes: METHOD PATH, Host and Content-Length given, any other headers.
export function rawRequest(method, path, { body = null, headers = {} } = {}) {
  let head = `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n`;
  for (const [k, v] of Object.entries(headers)) head += `${k}: ${v}\r\n`;
  if (body !== null) head += `Content-Length: ${Buffer.byteLength(body)}\r\n`;
  head += '\r\n';
  return body === null ? Buffer.from(head) : Buffer.concat([Buffer.from(head), Buffer.from(body)]);
}

// A connection from localAddress (a loopback address, so that hostile
// traffic and the legitimate client come from different peers); resolves
// once connected, rejects on error or after timeoutMs.
export function connect(port, { localAddress, timeoutMs = 5000 } = {}) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port, localAddress });
    socket.setNoDelay(true);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('connect timed out'));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

// The responses on one connection, parsed in the order they arrive: status
// line, headers (lower-case names), body by Content-Length or chunked.
// next() resolves with {status, headers, body} or null once the peer has
// closed (or reset) the connection with no further complete response.
export class ResponseReader {
  constructor(socket) {
    this.socket = socket;
    this.buffer = Buffer.alloc(0);
    this.ready = [];
    this.waiters = [];
    this.closed = false;
    this.malformed = null;
    socket.on('data', (data) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, data]) : data;
      this.parse();
    });
    // A reset is a close here; the caller sees null.
    socket.on('error', () => {});
    socket.on('close', () => {
      this.closed = true;
      this.parse();
      for (const w of this.waiters.splice(0)) w.resolve(null);
    });
  }

  parse() {
    while (!this.malformed) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const lines = this.buffer.subarray(0, end).toString('latin1').split('\r\n');
      const m = lines[0].match(/^HTTP\/1\.[01] (\d{3})/);
      if (!m) {
        this.malformed = lines[0].slice(0, 80);
        this.socket.destroy();
        return;
      }
      const headers = {};
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const status = Number(m[1]);
      let body;
      let used;
      if (status === 204 || status === 304 || (status >= 100 && status < 200)) {
        body = Buffer.alloc(0);
        used = end + 4;
      } else if (headers['content-length'] !== undefined) {
        const length = Number(headers['content-length']);
        if (this.buffer.length < end + 4 + length) return;
        body = this.buffer.subarray(end + 4, end + 4 + length);
        used = end + 4 + length;
      } else if (/chunked/i.test(headers['transfer-encoding'] || '')) {
        const chunks = [];
        let at = end + 4;
        for (;;) {
          const lineEnd = this.buffer.indexOf('\r\n', at);
          if (lineEnd < 0) return;
          const size = parseInt(this.buffer.subarray(at, lineEnd).toString('latin1'), 16);
          if (size === 0) {
            const trailerEnd = this.buffer.indexOf('\r\n', lineEnd + 2);
            if (trailerEnd < 0) return;
            at = trailerEnd + 2;
            break;
          }
          if (this.buffer.length < lineEnd + 2 + size + 2) return;
          chunks.push(this.buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
          at = lineEnd + 2 + size + 2;
        }
        body = Buffer.concat(chunks);
        used = at;
      } else {
        // No length: the body ends with the connection.
        if (!this.closed) return;
        body = this.buffer.subarray(end + 4);
        used = this.buffer.length;
      }
      this.buffer = this.buffer.subarray(used);
      // An interim 1xx answer is not the response to a request.
      if (status >= 100 && status < 200) continue;
      const response = { status, headers, body: Buffer.from(body) };
      const waiter = this.waiters.shift();
      if (waiter) waiter.resolve(response);
      else this.ready.push(response);
    }
  }

  // The next response, null if the connection closed first, or null after timeoutMs.
  next(timeoutMs = 15000) {
    if (this.ready.length) return Promise.resolve(this.ready.shift());
    if (this.closed || this.malformed) return Promise.resolve(null);
    return new Promise((resolve) => {
      const waiter = { resolve: (r) => { clearTimeout(timer); resolve(r); } };
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        resolve(null);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }
}

// The body as JSON, or undefined when it is not JSON.
export function jsonOf(response) {
  try {
    return JSON.parse(response.body.toString('utf8'));
  } catch {
    return undefined;
  }
}

// One keep-alive connection with one request in flight at a time, opened
// again when the server closed it between two requests. request() resolves
// with the response, or null when the connection closed (or timeoutMs
// passed) before the answer came.
export class KeepAliveClient {
  constructor(port, { localAddress } = {}) {
    this.port = port;
    this.localAddress = localAddress;
    this.socket = null;
    this.reader = null;
    this.reconnects = 0;
    this.connectFailures = 0;
  }

  async request(bytes, timeoutMs = 15000) {
    if (!this.socket || this.reader.closed || this.socket.destroyed || this.socket.writableEnded) {
      if (this.socket) {
        this.reconnects++;
        this.socket.destroy();
      }
      try {
        this.socket = await connect(this.port, { localAddress: this.localAddress });
      } catch {
        this.socket = null;
        this.connectFailures++;
        return null;
      }
      this.reader = new ResponseReader(this.socket);
    }
    this.socket.write(bytes);
    const response = await this.reader.next(timeoutMs);
    if (!response) this.socket.destroy();
    else if (/close/i.test(response.headers.connection || '')) this.socket.end();
    return response;
  }

  close() {
    if (this.socket) this.socket.destroy();
  }
}
