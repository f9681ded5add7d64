#!/usr/bin/python3
"""A throw-away RFC 3161 time-stamp authority for the tests (issue 21).

Makes a CA and a TSA certificate (extendedKeyUsage critical timeStamping) with the openssl
command in DIR, writes an openssl.cnf with [tsa] sections, and answers POSTed TimeStampReqs
with `openssl ts -reply` on 127.0.0.1 (a free port). Prints "ready PORT" once it listens;
exits when its standard input closes (the test ended, even by a crash).

Paths: /tsa stamps; /reject answers with the status rejection (an authority that takes
SHA-1 only); /garbage answers 200 with bytes that are no response; /broken answers HTTP 500;
/slow answers after 30 s.
"""
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time

DIR = sys.argv[1]

CONFIG = """
[tsa]
default_tsa = tsa_main

[tsa_main]
dir = {dir}
serial = $dir/tsaserial
crypto_device = builtin
signer_cert = $dir/tsa.pem
certs = $dir/ca.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256

[tsa_cert]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
"""


def openssl(*args):
    subprocess.run(["openssl", *args], cwd=DIR, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE)


def make_authority():
    # The same authority once more, taking SHA-1 only: it refuses our SHA-256 requests.
    main = CONFIG[CONFIG.index("[tsa_main]"):CONFIG.index("[tsa_cert]")]
    sha1_only = main.replace("[tsa_main]", "[tsa_sha1_only]").replace(
        "digests = sha256, sha384, sha512", "digests = sha1")
    with open(os.path.join(DIR, "openssl.cnf"), "w") as f:
        f.write((CONFIG + sha1_only).format(dir=DIR))
    with open(os.path.join(DIR, "tsaserial"), "w") as f:
        f.write("01\n")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "3650",
            "-subj", "/O=Leverage Tests/CN=Leverage Test Root CA",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", "-new", *ec, "-keyout", "tsa.key", "-out", "tsa.csr",
            "-subj", "/O=Leverage Tests/CN=Leverage Test TSA")
    openssl("x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "tsa.pem", "-days", "3650",
            "-extfile", "openssl.cnf", "-extensions", "tsa_cert")
    # A second CA that signed nothing here: a chain check against it must fail.
    openssl("req", "-x509", *ec, "-keyout", "other-ca.key", "-out", "other-ca.pem",
            "-days", "3650", "-subj", "/CN=Some Other CA",
            "-addext", "basicConstraints=critical,CA:TRUE")


LOCK = threading.Lock()


def reply(query, section):
    with tempfile.TemporaryDirectory() as work, LOCK:  # the serial file is shared
        request = os.path.join(work, "request.tsq")
        response = os.path.join(work, "response.tsr")
        with open(request, "wb") as f:
            f.write(query)
        openssl("ts", "-reply", "-config", os.path.join(DIR, "openssl.cnf"),
                "-section", section, "-queryfile", request, "-out", response)
        with open(response, "rb") as f:
            return f.read()


class Authority(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        query = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path == "/slow":
            time.sleep(30)
        if self.path == "/broken":
            self.send_error(500, "Internal Server Error")
            return
        if self.headers.get("Content-Type") != "application/timestamp-query":
            self.send_error(415, "Unsupported Media Type")
            return
        if self.path == "/garbage":
            body = b"<html>not a time-stamp</html>"
        elif self.path == "/reject":
            body = reply(query, "tsa_sha1_only")
        else:
            body = reply(query, "tsa_main")
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def main():
    make_authority()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Authority)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("ready", server.server_address[1], flush=True)
    sys.stdin.read()  # until the test closes it
    server.shutdown()


if __name__ == "__main__":
    main()
