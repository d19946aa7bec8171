// Lab 2, part "exceptions": handlers are searched in table order, by pc range and by subtype; a method without a
// matching handler unwinds to its caller (JVMS 2.10, 6.5 athrow).
public class Exceptions {
    static class AppException extends Exception {
        final int code;

        AppException(String message, int code) {
            super(message);
            this.code = code;
        }
    }

    static class NotFound extends AppException {
        NotFound(String what) {
            super(what + " not found", 404);
        }
    }

    static void level3(int kind) throws AppException {
        switch (kind) {
            case 0: throw new NotFound("page");
            case 1: throw new AppException("teapot", 418);
            case 2: throw new IllegalStateException("bad state");
            case 3: {
                int[] small = new int[2];
                small[kind] = 1;
                break;
            }
            case 4: {
                Object text = "a string";
                Integer number = (Integer) text;
                System.out.println(number);
                break;
            }
            case 5: {
                String nothing = null;
                System.out.println(nothing.length());
                break;
            }
            default: break;
        }
        System.out.println("level3(" + kind + ") returned normally");
    }

    static int level2(int kind) throws AppException {
        try {
            level3(kind);
            return 1;
        } catch (IllegalStateException e) {
            System.out.println("level2 caught " + e.getMessage());
            return 2;
        }
    }

    static String level1(int kind) {
        try {
            return "level1 got " + level2(kind);
        } catch (NotFound e) {
            return "level1 NotFound " + e.getMessage() + " " + e.code;
        } catch (AppException e) {
            return "level1 AppException " + e.getMessage() + " " + e.code;
        } catch (ArrayIndexOutOfBoundsException | ClassCastException e) {
            return "level1 multi-catch " + e.getClass().getSimpleName();
        } catch (RuntimeException e) {
            return "level1 RuntimeException " + e.getClass().getName();
        }
    }

    static int ranges(int value) {
        int result = 0;
        try {
            result += 1;
            if (value == 1) {
                throw new RuntimeException("first");
            }
        } catch (RuntimeException e) {
            result += 10;
        }
        try {
            result += 100;
            if (value == 2) {
                throw new RuntimeException("second");
            }
        } catch (RuntimeException e) {
            result += 1000;
        }
        if (value == 3) {
            try {
                throw new UnsupportedOperationException("third");
            } catch (IllegalArgumentException e) {
                result += 5;
            } catch (UnsupportedOperationException e) {
                result += 10000;
            }
        }
        return result;
    }

    static int deep(int depth) {
        if (depth == 0) {
            throw new IllegalArgumentException("bottom");
        }
        return deep(depth - 1) + 1;
    }

    public static void main(String[] args) {
        for (int kind = 0; kind <= 6; kind++) {
            System.out.println(kind + ": " + level1(kind));
        }
        for (int value = 0; value <= 3; value++) {
            System.out.println("ranges(" + value + ") = " + ranges(value));
        }
        try {
            deep(200);
        } catch (IllegalArgumentException e) {
            System.out.println("unwound 200 frames: " + e.getMessage());
        }
        int caught = 0;
        for (int i = 0; i < 1000; i++) {
            try {
                if (i % 3 == 0) {
                    throw new IllegalStateException();
                }
                caught += 2;
            } catch (IllegalStateException e) {
                caught++;
            }
        }
        System.out.println("loop caught " + caught);
        try {
            try {
                throw new NotFound("inner");
            } catch (AppException e) {
                throw new RuntimeException("wrapped", e);
            }
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " cause " + e.getCause().getMessage());
        }
        throw new IllegalStateException("uncaught at the end");
    }
}
