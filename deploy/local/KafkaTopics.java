import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates and deletes the platform's topics for the local stack and the tests, run by `platform` with the
 * broker's jars on the class path (the Kafka command-line tools live in a separate, heavier artifact).
 *
 * <pre>
 * java -cp 'libs/*' KafkaTopics.java BOOTSTRAP create TOPIC...   6 partitions, kept forever; existing ones are kept
 * java -cp 'libs/*' KafkaTopics.java BOOTSTRAP delete-prefix PREFIX
 * java -cp 'libs/*' KafkaTopics.java BOOTSTRAP list
 * </pre>
 */
public class KafkaTopics {

    private static final int PARTITIONS = 6;
    private static final short REPLICATION = 1;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: KafkaTopics BOOTSTRAP create TOPIC... | delete-prefix PREFIX | list");
            System.exit(2);
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000);
        try (Admin admin = Admin.create(props)) {
            switch (args[1]) {
                case "create" -> create(admin, List.of(args).subList(2, args.length));
                case "delete-prefix" -> deletePrefix(admin, args[2]);
                case "list" -> admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().sorted()
                        .forEach(System.out::println);
                default -> {
                    System.err.println("unknown command " + args[1]);
                    System.exit(2);
                }
            }
        }
    }

    private static void create(Admin admin, List<String> topics) throws Exception {
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (String topic : topics) {
            if (!existing.contains(topic)) {
                missing.add(new NewTopic(topic, PARTITIONS, REPLICATION)
                        .configs(Map.of("retention.ms", "-1", "retention.bytes", "-1")));
            }
        }
        if (missing.isEmpty()) {
            System.out.println("topics already exist: " + String.join(" ", topics));
            return;
        }
        try {
            admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        missing.forEach(t -> System.out.println("created topic " + t.name() + " (6 partitions, kept forever)"));
    }

    private static void deletePrefix(Admin admin, String prefix) throws Exception {
        List<String> doomed = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                .filter(t -> t.startsWith(prefix)).toList();
        if (!doomed.isEmpty()) {
            admin.deleteTopics(doomed).all().get(60, TimeUnit.SECONDS);
            // The broker finishes a deletion in the background; a topic of the same name can be created only then.
            long deadline = System.currentTimeMillis() + 60_000;
            while (admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().anyMatch(doomed::contains)) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("topics still being deleted after 60 s: " + doomed);
                }
                Thread.sleep(200);
            }
            System.out.println("deleted " + doomed.size() + " topics starting with " + prefix);
        }
    }
}
