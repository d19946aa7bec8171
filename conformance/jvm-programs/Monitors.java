public class Monitors {
    private static final Object LOCK = new Object();
    private int count;

    synchronized void inc() { count++; }

    static synchronized int twice(int x) { return x * 2; }

    int nested() {
        synchronized (this) {
            synchronized (LOCK) {
                synchronized (this) {
                    return ++count;
                }
            }
        }
    }

    static String throwInside() {
        try {
            synchronized (LOCK) {
                throw new IllegalStateException("inside");
            }
        } catch (IllegalStateException e) {
            synchronized (LOCK) {
                return "released after " + e.getMessage();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Monitors m = new Monitors();
        for (int i = 0; i < 100; i++) m.inc();
        System.out.println(m.count + " " + twice(21) + " " + m.nested() + " " + throwInside());
        synchronized (LOCK) {
            LOCK.notify();
            LOCK.notifyAll();
            LOCK.wait(1);
        }
        try {
            Object nothing = null;
            synchronized (nothing) {
                System.out.println("unreachable");
            }
        } catch (NullPointerException e) {
            System.out.println("monitorenter null: " + e.getMessage());
        }
    }
}
