import java.util.*;

public class ExceptionMessages {
    interface Action { void run() throws Exception; }

    static void show(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": no exception");
        } catch (Exception e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        show("aioobe", () -> { int[] x = new int[3]; x[3] = 1; });
        show("negative", () -> { Object o = new String[-5]; });
        show("divide", () -> { int z = 0; System.out.println(10 / z); });
        show("lrem", () -> { long z = 0; System.out.println(10L % z); });
        show("cast", () -> { Object o = List.of(); String s = (String) o; });
        show("nfe", () -> Integer.parseInt("12a"));
        show("nfe empty", () -> Integer.parseInt(""));
        show("nfe null", () -> Integer.parseInt(null));
        show("nfe radix", () -> Integer.parseInt("zz", 40));
        show("nfe long", () -> Long.parseLong("99999999999999999999"));
        show("nfe double", () -> Double.parseDouble("1.2.3"));
        show("list get", () -> new ArrayList<>(List.of(1, 2)).get(5));
        show("list of get", () -> List.of(1, 2).get(-1));
        show("linked get", () -> new LinkedList<>().get(0));
        show("string index", () -> "abc".charAt(10));
        show("substring", () -> "abc".substring(2, 7));
        show("iterator", () -> new ArrayList<>().iterator().next());
        show("immutable", () -> List.of(1).add(2));
        show("map of dup", () -> Map.of("a", 1, "a", 2));
        show("requireNonNull", () -> Objects.requireNonNull(null, "thing must not be null"));
        show("checkIndex", () -> Objects.checkIndex(7, 3));
        show("arraycopy", () -> System.arraycopy(new int[2], 0, new int[1], 0, 2));
        show("enum", () -> Thread.State.valueOf("RUNNING"));
        show("class", () -> Class.forName("no.such.Clazz"));
        show("unsupported", () -> Collections.unmodifiableMap(new HashMap<>()).put(1, 2));
        show("deque", () -> new ArrayDeque<>().removeFirst());
        show("optional", () -> Optional.empty().orElseThrow());
        show("clone", () -> { throw new CloneNotSupportedException("nope"); });
        show("interrupted", () -> { throw new InterruptedException("stop"); });
        show("char", () -> Character.toChars(-1));
        show("bitset", () -> new BitSet().set(-1));
        show("sb", () -> new StringBuilder("ab").setLength(-1));
        show("ok", () -> {});
    }
}
