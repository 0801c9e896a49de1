"""An SMTP sink for the newsletter benchmark and crash test: aiosmtpd on 127.0.0.1 that writes
one line per received message (its Message-ID and recipients) to --out, and nothing else.

Prints "READY <port>". With --ceiling N it instead sends N small messages to itself over one
connection with smtplib and prints the messages per second it managed: the sink's own limit on
this machine, since it shares the cores with the server under test.
"""
import argparse, smtplib, socket, sys, time
from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, out):
        self.out = open(out, "a", buffering=1) if out else None

    async def handle_DATA(self, server, session, envelope):
        if self.out:
            message_id = b""
            for line in envelope.content.split(b"\r\n"):
                if not line:
                    break
                if line.lower().startswith(b"message-id:"):
                    message_id = line[11:].strip()
                    break
            self.out.write("%s %s\n" % (message_id.decode("ascii", "replace"), ",".join(envelope.rcpt_tos)))
        return "250 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out")
    parser.add_argument("--ceiling", type=int)
    args = parser.parse_args()
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    controller = Controller(Sink(args.out), hostname="127.0.0.1", port=port)
    controller.start()
    if args.ceiling:
        body = "From: a@example.org\r\nTo: b@example.org\r\nSubject: x\r\nMessage-ID: <%d@x>\r\n\r\n" + ("x" * 76 + "\r\n") * 80
        client = smtplib.SMTP("127.0.0.1", port)
        started = time.time()
        for index in range(args.ceiling):
            client.sendmail("a@example.org", ["b@example.org"], body % index)
        elapsed = time.time() - started
        client.quit()
        controller.stop()
        print("%.0f" % (args.ceiling / elapsed))
        return
    print("READY %d" % port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
