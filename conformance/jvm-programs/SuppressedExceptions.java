public class SuppressedExceptions {
    static class Res implements AutoCloseable {
        final String name;
        final boolean failClose;
        Res(String name, boolean failClose) { this.name = name; this.failClose = failClose; System.out.println("open " + name); }
        @Override public void close() {
            System.out.println("close " + name);
            if (failClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    public static void main(String[] args) {
        try (Res a = new Res("a", false); Res b = new Res("b", false)) {
            System.out.println("body");
        }
        try (Res a = new Res("a", true); Res b = new Res("b", true)) {
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage() + " suppressed " + e.getSuppressed().length);
            for (Throwable s : e.getSuppressed()) System.out.println("  " + s.getMessage());
        }
        try (Res a = new Res("only", true)) {
            System.out.println("fine body");
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + " suppressed " + e.getSuppressed().length);
        }
        Res outer = new Res("outer", false);
        try (outer; Res n = null) {
            System.out.println("null resource ok");
        }
        try {
            try (Res x = new Res("x", true)) {
                throw new Error("fatal");
            }
        } catch (Error e) {
            e.printStackTrace();
        }
        Exception top = new Exception("top");
        top.addSuppressed(new RuntimeException("s1", new IllegalArgumentException("root")));
        top.addSuppressed(new RuntimeException("s2"));
        top.printStackTrace();
        try {
            top.addSuppressed(top);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
