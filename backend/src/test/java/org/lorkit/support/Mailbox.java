package org.lorkit.support;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What arrived for one address at the tests' mail server ({@link TestMailServer}), read over IMAP. */
public final class Mailbox {

    /** One received mail, decoded: subject, From, the plain text, the HTML part and its List-* headers. */
    public record Received(String subject, String from, String text, String html, Map<String, String> listHeaders) {

        private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

        /** The token of the one link in the mail. */
        public String token() {
            Matcher found = TOKEN.matcher(text);
            if (!found.find()) {
                throw new AssertionError("No link with a token in this mail:\n" + text);
            }
            return found.group(1);
        }

        /** The whole link, as the plain text shows it. */
        public String link() {
            return text.lines()
                    .filter(line -> line.startsWith("http"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No link in this mail:\n" + text));
        }
    }

    private Mailbox() {}

    /** Every mail that has arrived for {@code address}, oldest first. */
    public static List<Received> of(String address) {
        Properties props = new Properties();
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", System.getProperty(TestMailServer.IMAP_PORT_PROPERTY));
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect(address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Received> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(decode(message));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new AssertionError("Could not read the test mailbox of " + address, e);
        }
    }

    /** Waits (mails leave after the answer) for a mail whose subject contains {@code subject}. */
    public static Received await(String address, String subject) {
        return awaitCount(address, m -> m.subject().contains(subject), 1).get(0);
    }

    /** Waits until {@code count} mails that match have arrived, and answers them. */
    public static List<Received> awaitCount(String address, Predicate<Received> matching, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<Received> found;
        do {
            found = of(address).stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Expected " + count + " matching mails for " + address + " but got " + found);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Received decode(Message message) throws MessagingException, IOException {
        String[] parts = {null, null};
        collect(message, parts);
        Map<String, String> list = new TreeMap<>();
        for (String name : List.of("List-Unsubscribe", "List-Unsubscribe-Post")) {
            String[] values = message.getHeader(name);
            if (values != null) {
                list.put(name, values[0]);
            }
        }
        return new Received(
                message.getSubject(),
                message.getFrom()[0].toString(),
                parts[0] == null ? "" : parts[0],
                parts[1],
                Map.copyOf(list));
    }

    private static void collect(Part part, String[] parts) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && parts[0] == null) {
            parts[0] = part.getContent().toString().replace("\r\n", "\n");
        } else if (part.isMimeType("text/html") && parts[1] == null) {
            parts[1] = part.getContent().toString();
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        }
    }
}
