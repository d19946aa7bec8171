// java-options: -Xmx64m
import java.util.ArrayList;
import java.util.List;

public class OutOfMemory {
    public static void main(String[] args) {
        List<long[]> hog = new ArrayList<>();
        try {
            while (true) {
                hog.add(new long[1 << 16]);
            }
        } catch (OutOfMemoryError e) {
            int blocks = hog.size();
            hog = null;
            System.out.println("OutOfMemoryError: " + e.getMessage() + " after more than 10 blocks: " + (blocks > 10));
        }
    }
}
