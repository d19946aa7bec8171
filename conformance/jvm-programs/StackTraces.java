public class StackTraces {
    static class AppException extends Exception {
        AppException(String m, Throwable cause) { super(m, cause); }
    }

    static void level3(int x) {
        if (x > 2) throw new IllegalArgumentException("x=" + x);
    }
    static void level2(int x) { level3(x + 1); }
    static void level1(int x) throws AppException {
        try {
            level2(x + 1);
        } catch (IllegalArgumentException e) {
            throw new AppException("level1 failed", e);
        }
    }
    static void top() {
        try {
            level1(1);
        } catch (AppException e) {
            throw new RuntimeException("top failed", e);
        }
    }

    public static void main(String[] args) {
        try {
            top();
        } catch (RuntimeException e) {
            e.printStackTrace();
            StackTraceElement[] st = e.getStackTrace();
            System.out.println(st.length + " " + st[0].getMethodName() + " " + st[0].getLineNumber() + " " + st[0].getClassName() + " " + st[0].getFileName());
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            System.out.println("root: " + root + " at " + root.getStackTrace()[0]);
        }
        Exception noMessage = new Exception();
        System.out.println(noMessage + " | " + noMessage.getMessage() + " | " + noMessage.getLocalizedMessage() + " | " + new Exception((String) null).toString());
        Throwable custom = new Throwable("custom") {
            @Override public String toString() { return "custom throwable"; }
        };
        custom.printStackTrace();
        RuntimeException noTrace = new RuntimeException("no trace", null, false, false) {};
        noTrace.printStackTrace();
        Exception manual = new Exception("manual");
        manual.setStackTrace(new StackTraceElement[] { new StackTraceElement("Fake", "method", "Fake.java", 42), new StackTraceElement("Native", "call", null, -2) });
        manual.printStackTrace();
        Exception cyclicA = new Exception("a");
        Exception cyclicB = new Exception("b", cyclicA);
        try {
            cyclicA.initCause(cyclicB);
            cyclicA.printStackTrace();
        } catch (IllegalStateException e) {
            System.out.println("initCause: " + e.getMessage());
        }
        System.out.println(new StackTraceElement("C", "m", "C.java", 7) + " " + new StackTraceElement("C", "m", null, -1));
    }
}
