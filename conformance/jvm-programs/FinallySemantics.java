public class FinallySemantics {
    @SuppressWarnings("finally")
    static int overrideReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    static int finallyDoesNotChangeReturn() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
        }
    }

    @SuppressWarnings("finally")
    static String swallow() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return "swallowed";
        }
    }

    static String replaced() {
        try {
            try {
                throw new RuntimeException("first");
            } finally {
                throw new IllegalStateException("second");
            }
        } catch (RuntimeException e) {
            return e.getMessage() + " suppressed=" + e.getSuppressed().length;
        }
    }

    static String loops() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                sb.append("body").append(i).append(' ');
            } finally {
                sb.append("fin").append(i).append(' ');
            }
        }
        return sb.toString();
    }

    static String nested() {
        StringBuilder sb = new StringBuilder();
        try {
            try {
                sb.append("a");
                throw new Exception("x");
            } catch (Exception e) {
                sb.append("b");
                throw new RuntimeException("y");
            } finally {
                sb.append("c");
            }
        } catch (RuntimeException e) {
            sb.append("d").append(e.getMessage());
        } finally {
            sb.append("e");
        }
        return sb.toString();
    }

    static String multiCatch(int k) {
        try {
            switch (k) {
                case 0: throw new IllegalArgumentException("iae");
                case 1: throw new ArithmeticException("ae");
                case 2: Object o = "s"; return ((Integer) o).toString();
                default: return "none";
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            return "multi " + e.getClass().getSimpleName();
        } catch (RuntimeException e) {
            return "runtime " + e.getClass().getSimpleName();
        }
    }

    public static void main(String[] args) {
        System.out.println(overrideReturn() + " " + finallyDoesNotChangeReturn() + " " + swallow() + " " + replaced());
        System.out.println(loops());
        System.out.println(nested());
        for (int k = 0; k < 4; k++) System.out.println(multiCatch(k));
        int counter = 0;
        outer:
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                try {
                    if (j == 1) continue outer;
                    counter += 10;
                } finally {
                    counter++;
                }
            }
        }
        System.out.println(counter);
    }
}
