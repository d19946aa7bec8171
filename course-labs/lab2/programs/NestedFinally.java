// Lab 2, part "exceptions": finally blocks are copied by javac onto every exit path and guarded by catch-any
// handlers (catch_type 0); nested handlers cover overlapping pc ranges, the innermost listed first.
public class NestedFinally {
    static StringBuilder log = new StringBuilder();

    static int returnsFromFinally(int value) {
        try {
            if (value > 0) {
                throw new RuntimeException("positive");
            }
            return value;
        } finally {
            log.append("[finally ").append(value).append(']');
            if (value > 5) {
                return -1;
            }
        }
    }

    static void nested(int mode) {
        try {
            log.append("outer-try ");
            try {
                log.append("inner-try ");
                if (mode == 1) {
                    throw new IllegalArgumentException("one");
                }
                if (mode == 2) {
                    throw new IllegalStateException("two");
                }
            } catch (IllegalArgumentException e) {
                log.append("inner-catch ");
                if (mode == 1) {
                    throw new UnsupportedOperationException("from catch");
                }
            } finally {
                log.append("inner-finally ");
            }
            log.append("after-inner ");
        } catch (UnsupportedOperationException e) {
            log.append("outer-catch(").append(e.getMessage()).append(") ");
        } catch (RuntimeException e) {
            log.append("outer-runtime(").append(e.getMessage()).append(") ");
        } finally {
            log.append("outer-finally");
        }
    }

    static int loopWithFinally() {
        int total = 0;
        for (int i = 0; i < 10; i++) {
            try {
                if (i == 2) {
                    continue;
                }
                if (i == 7) {
                    break;
                }
                if (i % 2 == 1) {
                    throw new RuntimeException("odd");
                }
                total += i;
            } catch (RuntimeException e) {
                total += 100;
            } finally {
                total += 1000;
            }
        }
        return total;
    }

    static String finallyReplacesException() {
        try {
            try {
                throw new IllegalStateException("original");
            } finally {
                throw new IllegalArgumentException("replacement");
            }
        } catch (IllegalStateException e) {
            return "caught the original (wrong)";
        } catch (IllegalArgumentException e) {
            return "caught the " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        for (int value : new int[] { -3, 0, 4, 9 }) {
            try {
                System.out.println("returnsFromFinally(" + value + ") = " + returnsFromFinally(value) + " " + log);
            } catch (RuntimeException e) {
                System.out.println("returnsFromFinally(" + value + ") threw " + e.getMessage() + " " + log);
            }
            log.setLength(0);
        }
        for (int mode = 0; mode <= 2; mode++) {
            nested(mode);
            System.out.println("nested(" + mode + "): " + log);
            log.setLength(0);
        }
        System.out.println("loopWithFinally = " + loopWithFinally());
        System.out.println(finallyReplacesException());
        try (Resource a = new Resource("a"); Resource b = new Resource("b")) {
            System.out.println("using " + a.name + " and " + b.name);
            throw new RuntimeException("body");
        } catch (RuntimeException e) {
            System.out.println("try-with-resources: " + e.getMessage() + ", suppressed " + e.getSuppressed().length);
        }
    }

    static final class Resource implements AutoCloseable {
        final String name;

        Resource(String name) {
            this.name = name;
        }

        @Override
        public void close() {
            System.out.println("close " + name);
            throw new IllegalStateException("close " + name);
        }
    }
}
