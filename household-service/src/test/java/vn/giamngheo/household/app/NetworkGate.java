package vn.giamngheo.household.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The mobile link between the browser and the service, as a TCP relay the test switches: online, offline (every
 * connection cut, every new one refused), or losing the answer to the next batch (the request reaches the service and
 * is done, the answer never reaches the phone). The app's origin is the gate's address, so the page, its service
 * worker and its calls all go through it; it counts the bytes that reach the browser.
 */
final class NetworkGate implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean offline = new AtomicBoolean();
    private final AtomicReference<String> loseNextAnswerTo = new AtomicReference<>();
    private final AtomicLong lostAnswers = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();

    NetworkGate(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "network-gate");
        accept.setDaemon(true);
        accept.start();
    }

    String origin() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    void goOffline() {
        offline.set(true);
        open.forEach(NetworkGate::closeQuietly);
    }

    void goOnline() {
        offline.set(false);
    }

    /**
     * The next batch (a request carrying an Idempotency-Key) whose request line holds {@code path} is served, and its
     * answer dropped with the connection.
     */
    void loseNextAnswerTo(String path) {
        loseNextAnswerTo.set(path);
    }

    long lostAnswers() {
        return lostAnswers.get();
    }

    /** Bytes that reached the browser since the last call. */
    long takeDeliveredBytes() {
        return delivered.getAndSet(0);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (offline.get()) {
                    closeQuietly(client);
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(server);
                if (offline.get()) {
                    // Cut while this one was being connected.
                    closeQuietly(client);
                    closeQuietly(server);
                    continue;
                }
                AtomicBoolean swallow = new AtomicBoolean();
                pump(client, server, swallow, true);
                pump(server, client, swallow, false);
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void pump(Socket from, Socket to, AtomicBoolean swallow, boolean upstream) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    String path = loseNextAnswerTo.get();
                    if (upstream && path != null) {
                        String head = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                        if (head.substring(0, Math.max(0, head.indexOf('\r'))).contains(path)
                                && head.toLowerCase(Locale.ROOT).contains("idempotency-key:")
                                && loseNextAnswerTo.compareAndSet(path, null)) {
                            swallow.set(true);
                        }
                    }
                    if (!upstream && swallow.get()) {
                        // The service has answered, so the batch is done: the answer is lost on the way. A few of its
                        // bytes get through first, as on a link that drops mid-answer (a browser resends by itself
                        // a request whose connection closed before any byte of the answer came).
                        out.write(buffer, 0, Math.min(n, 5));
                        out.flush();
                        lostAnswers.incrementAndGet();
                        break;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    if (!upstream) {
                        delivered.addAndGet(n);
                    }
                }
            } catch (IOException e) {
                // the other side closed, or the gate cut the link
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "network-gate-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        open.forEach(NetworkGate::closeQuietly);
    }
}
