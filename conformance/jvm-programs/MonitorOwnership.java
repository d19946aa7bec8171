public class MonitorOwnership {
    synchronized boolean instanceHolds() { return Thread.holdsLock(this); }
    static synchronized boolean staticHolds() { return Thread.holdsLock(MonitorOwnership.class); }
    synchronized void failInside() { throw new IllegalStateException("inside synchronized method"); }

    public static void main(String[] args) throws Exception {
        Object lock = new Object();
        System.out.println(Thread.holdsLock(lock));
        synchronized (lock) {
            System.out.println(Thread.holdsLock(lock));
            synchronized (lock) {
                lock.notify();
                lock.notifyAll();
                lock.wait(1);
            }
            System.out.println("still " + Thread.holdsLock(lock));
        }
        System.out.println("released " + Thread.holdsLock(lock));
        MonitorOwnership m = new MonitorOwnership();
        System.out.println(m.instanceHolds() + " " + staticHolds() + " " + Thread.holdsLock(m) + " " + Thread.holdsLock(MonitorOwnership.class));
        try {
            m.failInside();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + ", lock released " + !Thread.holdsLock(m));
        }
        try {
            synchronized (lock) {
                throw new RuntimeException("thrown in block");
            }
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + ", released " + !Thread.holdsLock(lock));
        }
        try {
            lock.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify: " + e.getMessage());
        }
        try {
            lock.wait();
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait: " + e.getMessage());
        }
        try {
            synchronized (lock) {
                lock.wait(-1);
            }
        } catch (IllegalArgumentException e) {
            System.out.println("negative: " + e.getMessage());
        }
        try {
            Thread.holdsLock(null);
        } catch (NullPointerException e) {
            System.out.println("holdsLock(null) NPE");
        }
        Thread other = new Thread(() -> System.out.println("other thread holds main's lock: " + Thread.holdsLock(lock)));
        synchronized (lock) {
            other.start();
            other.join();
        }
        StringBuffer shared = new StringBuffer();
        for (int i = 0; i < 5; i++) shared.append(i);
        System.out.println(shared + " " + Thread.holdsLock(shared));
    }
}
