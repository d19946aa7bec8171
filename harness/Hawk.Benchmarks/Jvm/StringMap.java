import java.util.HashMap;
import java.util.Map;

public class StringMap {
    public static void main(String[] args) {
        long start = System.nanoTime();
        Map<String, Integer> counts = new HashMap<>();
        StringBuilder builder = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            builder.setLength(0);
            builder.append("key").append(i % 5000).append('-').append(i % 7);
            counts.merge(builder.toString(), 1, Integer::sum);
        }
        long total = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            total += entry.getKey().length() * (long) entry.getValue();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println(counts.size() + " keys, weighted length " + total);
        System.out.println("time_ms=" + ms);
    }
}
