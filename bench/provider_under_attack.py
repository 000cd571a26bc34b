#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The reference provider under attack (issue 10): what an attacker's traffic costs everyone else.

  provider_under_attack.py PROVIDER [--seconds N]

Starts PROVIDER (`privacy-provider`, any build) on a fresh demo data directory and measures, each
from the outside:
  guessing   GET /v1/policy latency (median, p95, max) alone and while 8 threads post wrong
             passwords to the sign-in form: from one address at alice (what a throttle stops), and
             from a new loopback address every 10 attempts at random usernames (a botnet, which no
             per-address or per-account throttle stops: every guess is hashed).
  bodies     the provider's RSS (from /proc) while 4 connections each announce a 300 MB body and send
             it, and while one connection sends a 200 MB header.
Nothing asserts; it prints numbers (docs/security.md and the issue notes quote them).
"""
import argparse, html as html_lib, http.client, urllib.parse, os, random, re, socket, statistics, subprocess, sys, tempfile, threading, time


def start(binary, data):
    p = subprocess.Popen([binary, '--listen', '127.0.0.1:0', '--data', data, '--demo', '--scale', '1000'],
                         stdout=subprocess.PIPE, text=True)
    line = p.stdout.readline()
    m = re.search(r'http://127\.0\.0\.1:(\d+)/', line)
    if not m:
        sys.exit(f'provider did not start: {line!r}')
    return p, int(m.group(1))


def rss_kib(pid):
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
    return -1


def policy_latencies(port, seconds):
    out, end = [], time.monotonic() + seconds
    while time.monotonic() < end:
        t = time.perf_counter()
        c = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
        c.request('GET', '/v1/policy')
        c.getresponse().read()
        c.close()
        out.append((time.perf_counter() - t) * 1000)
        time.sleep(0.02)
    return out


def summary(ms):
    ms = sorted(ms)
    return f'n={len(ms)} median {statistics.median(ms):.1f} ms, p95 {ms[int(len(ms) * 0.95) - 1]:.1f} ms, max {ms[-1]:.1f} ms'


FORM = ('/oauth/authorize?response_type=code&client_id=privacy-dashboard&redirect_uri=http%3A%2F%2F127.0.0.1%3A5%2Fcb'
        '&state=s&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256')


def guess(port, stop, counts, spread, seed):
    rnd = random.Random(seed)
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=120)
    c.request('GET', FORM)
    html = c.getresponse().read().decode()
    c.close()
    hidden = [(k, html_lib.unescape(v)) for k, v in
              re.findall(r'<input type="hidden" name="([^"]*)" value="([^"]*)">', html)]
    n = 0
    while not stop.is_set():
        src = f'127.{rnd.randrange(1, 250)}.{rnd.randrange(1, 250)}.{rnd.randrange(1, 250)}' if spread else '127.0.0.1'
        user = f'user{rnd.randrange(10**9)}' if spread else 'alice'
        body = urllib.parse.urlencode(hidden + [('username', user), ('password', f'guess{n}')])
        try:
            c = http.client.HTTPConnection('127.0.0.1', port, timeout=120, source_address=(src, 0))
            c.request('POST', '/oauth/authorize', body, {'Content-Type': 'application/x-www-form-urlencoded'})
            status = c.getresponse().status
            c.close()
            counts[status] = counts.get(status, 0) + 1
        except OSError as e:
            counts[type(e).__name__] = counts.get(type(e).__name__, 0) + 1
        n += 1


def guessing(port, seconds):
    print('GET /v1/policy alone:          ', summary(policy_latencies(port, seconds)))
    for spread in (False, True):
        stop, counts, threads = threading.Event(), {}, []
        for i in range(8):
            threads.append(threading.Thread(target=guess, args=(port, stop, counts, spread, i)))
            threads[-1].start()
        time.sleep(1)
        lat = policy_latencies(port, seconds)
        stop.set()
        for t in threads:
            t.join()
        label = '8 threads, many addresses:' if spread else '8 threads guessing alice:  '
        print(f'GET /v1/policy, {label}', summary(lat), '| sign-in answers:', dict(sorted(counts.items(), key=str)))


def send_body(port, length, chunk, result, i):
    s = socket.create_connection(('127.0.0.1', port))
    s.sendall(b'PUT /v1/me/attachments HTTP/1.1\r\nHost: x\r\nContent-Type: image/png\r\nContent-Length: '
              + str(length).encode() + b'\r\n\r\n')
    sent = 0
    try:
        while sent < length:
            s.sendall(chunk)
            sent += len(chunk)
    except OSError:
        pass
    s.settimeout(5)
    try:
        result[i] = (sent, s.recv(64).split(b'\r\n')[0].decode())
    except OSError as e:
        result[i] = (sent, type(e).__name__)
    s.close()


def bodies(proc, port):
    before, peak, result = rss_kib(proc.pid), 0, {}
    threads = [threading.Thread(target=send_body, args=(port, 300_000_000, b'\0' * 65536, result, i)) for i in range(4)]
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        peak = max(peak, rss_kib(proc.pid))
        time.sleep(0.01)
    print(f'4 x 300 MB bodies: RSS {before} KiB before, {peak} KiB peak; each connection: {list(result.values())}')
    before, peak = rss_kib(proc.pid), 0
    s = socket.create_connection(('127.0.0.1', port))
    s.sendall(b'GET /v1/policy HTTP/1.1\r\nHost: x\r\nX-Flood: ')
    sent, chunk = 0, b'a' * 65536
    try:
        while sent < 200_000_000:
            s.sendall(chunk)
            sent += len(chunk)
            if sent % (4 << 20) == 0:
                peak = max(peak, rss_kib(proc.pid))
    except OSError:
        pass
    s.settimeout(5)
    try:
        first = s.recv(64).split(b'\r\n')[0].decode()
    except OSError as e:
        first = type(e).__name__
    print(f'200 MB header: {sent // 1048576} MiB sent before the provider closed; RSS {before} KiB before, '
          f'{max(peak, rss_kib(proc.pid))} KiB peak; answer: {first!r}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('provider')
    ap.add_argument('--seconds', type=float, default=5)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as data:
        proc, port = start(a.provider, data)
        try:
            print(f'{a.provider}:')
            guessing(port, a.seconds)
            bodies(proc, port)
        finally:
            proc.terminate()
            proc.wait()


if __name__ == '__main__':
    main()
