#!/usr/bin/env python3
"""A TLS front for a node of the local SolrCloud, for testing that Lexgraph talks to Solr over TLS (solrs://).

usage: tls-proxy.py LISTEN_PORT TARGET_PORT CERT_PEM KEY_PEM
Accepts TLS connections on 127.0.0.1:LISTEN_PORT and passes their bytes to and from 127.0.0.1:TARGET_PORT (plain
HTTP). Runs until killed. A node behind it answers as over TLS, which is what a client sees of a cluster run with TLS.
"""
import asyncio
import ssl
import sys


async def pipe(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except (ConnectionError, ssl.SSLError, asyncio.IncompleteReadError):
        pass
    finally:
        try:
            writer.close()
        except Exception:
            pass


async def main():
    listen, target, cert, key = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    async def handle(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection('127.0.0.1', target)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer))

    server = await asyncio.start_server(handle, '127.0.0.1', listen, ssl=context)
    print('tls-proxy: listening on', listen, flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
