package org.essor.testing.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An HTTP/1.1 client on a bare socket that sends a chunked body piece by piece, to see what a server answers
 * before the body ends (a client library would wait for its own upload to finish, or fail on a closed connection).
 */
public final class ChunkedUpload implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private boolean closedByServer;

    public ChunkedUpload(URL server) throws IOException {
        socket = new Socket(server.getHost(), server.getPort());
        socket.setSoTimeout(20_000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    /** Sends the request head announcing a chunked body. */
    public ChunkedUpload start(String path, String contentType) throws IOException {
        out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return this;
    }

    /**
     * Sends one chunk of {@code size} bytes in one write: a server that refuses the body on reading this chunk may close
     * the connection at once, and a chunk sent in several writes would then fail on its last ones (broken pipe) before
     * the answer could be read. Once the server has closed its side, further chunks are not sent.
     */
    public ChunkedUpload chunk(int size) throws IOException {
        if (closedByServer) {
            return this;
        }
        byte[] head = (Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[head.length + size + 2];
        System.arraycopy(head, 0, chunk, 0, head.length);
        Arrays.fill(chunk, head.length, head.length + size, (byte) 'x');
        chunk[chunk.length - 2] = '\r';
        chunk[chunk.length - 1] = '\n';
        try {
            out.write(chunk);
            out.flush();
        } catch (SocketException e) {
            closedByServer = true; // its answer, if it sent one, is still to be read
        }
        return this;
    }

    /** Ends the body. */
    public ChunkedUpload lastChunk() throws IOException {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return this;
    }

    /** Everything the server sends until it closes the connection; times out if it waits for more of the body. */
    public String readUntilClosed() throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        in.transferTo(answer);
        return answer.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
