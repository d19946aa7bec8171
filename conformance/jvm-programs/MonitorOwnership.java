public class MonitorOwnership {
    public static void main(String[] args) throws Exception {
        Object lock = new Object();
        System.out.println(Thread.holdsLock(lock));
        synchronized (lock) {
            System.out.println(Thread.holdsLock(lock));
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
    }
}
