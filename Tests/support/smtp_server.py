"""A real SMTP server for the tests: aiosmtpd on 127.0.0.1, one JSON file per received message.

Prints "READY <port>" once listening; stops when its stdin closes or it is signalled.
Each message is parsed with Python's email package, so a malformed message fails the test.
"""
import argparse, json, os, socket, sys, uuid
from email import policy
from email.parser import BytesParser

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Recorder:
    def __init__(self, out, reject):
        self.out, self.reject = out, reject

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.reject and self.reject in address:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = BytesParser(policy=policy.default).parsebytes(envelope.original_content or envelope.content)
        text = message.get_body(("plain",))
        html = message.get_body(("html",))
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "message_id": message["message-id"],
            "text": text.get_content() if text else None,
            "html": html.get_content() if html else None,
            "defects": [str(d) for d in message.defects],
            "headers": {name.lower(): str(value) for name, value in message.items()},
            # The client's address and port: messages sent over one connection share it.
            "peer": "%s:%s" % tuple(session.peer[:2]) if session.peer else None,
        }
        path = os.path.join(self.out, f"{uuid.uuid4()}.json")
        with open(path + ".tmp", "w") as f:
            json.dump(record, f)
        os.rename(path + ".tmp", path)
        return "250 Message accepted"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--reject", help="refuse recipients containing this text")
    parser.add_argument("--cert", help="PEM certificate for TLS")
    parser.add_argument("--key", help="PEM key for TLS")
    parser.add_argument("--tls", choices=["starttls", "implicit"], help="offer STARTTLS (and require it) or speak TLS at once")
    args = parser.parse_args()

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()

    kwargs = {}
    if args.user:
        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user and auth_data.password.decode() == args.password
            if ok:
                session.login_data = auth_data.login
            return AuthResult(success=ok, handled=False)
        kwargs = dict(authenticator=authenticator, auth_require_tls=False, auth_required=True)
    import logging; logging.getLogger("mail.log").setLevel(logging.ERROR)

    if args.tls:
        import ssl
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        if args.tls == "starttls":
            kwargs.update(tls_context=context, require_starttls=True)
        else:
            kwargs.update(ssl_context=context)

    controller = Controller(Recorder(args.out, args.reject), hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    print(f"READY {port}", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
