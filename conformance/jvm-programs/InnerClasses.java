import java.util.*;

public class InnerClasses {
    private int value = 10;
    private static String label = "outer";

    class Inner {
        int value = 20;
        String show() { return value + " " + InnerClasses.this.value + " " + label; }
        class Deeper {
            String show() { return "deeper " + value + " " + InnerClasses.this.value; }
        }
    }

    static class Nested {
        String show(InnerClasses o) { return "nested sees " + o.value; }
    }

    Iterator<Integer> countdown(int from) {
        return new Iterator<>() {
            int next = from;
            public boolean hasNext() { return next > 0; }
            public Integer next() { value++; return next--; }
        };
    }

    static Runnable local(String word) {
        int times = 2;
        class Repeater implements Runnable {
            public void run() { System.out.println(word.repeat(times)); }
        }
        return new Repeater();
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses();
        InnerClasses.Inner inner = outer.new Inner();
        System.out.println(inner.show());
        InnerClasses.Inner.Deeper deeper = inner.new Deeper();
        System.out.println(deeper.show());
        System.out.println(new Nested().show(outer));
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = outer.countdown(4); it.hasNext();) sb.append(it.next()).append(' ');
        System.out.println(sb + "value now " + outer.value);
        local("ab").run();
        Object anon = new Object() { public String toString() { return "anonymous " + label; } };
        System.out.println(anon + " " + anon.getClass().getName() + " " + anon.getClass().isAnonymousClass());
        System.out.println(inner.getClass().getName() + " " + deeper.getClass().getSimpleName() + " " + local("x").getClass().getName() + " " + Nested.class.getEnclosingClass().getSimpleName());
        Comparator<String> byLength = new Comparator<String>() {
            public int compare(String a, String b) { return Integer.compare(a.length(), b.length()); }
        };
        List<String> words = new ArrayList<>(List.of("ccc", "a", "bb"));
        words.sort(byLength);
        System.out.println(words);
    }
}
