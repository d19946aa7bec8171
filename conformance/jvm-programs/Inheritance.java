public class Inheritance {
    static abstract class Account {
        private static int nextId = 1000;
        protected final int id = nextId++;
        protected long balance;

        void deposit(long amount) {
            if (amount <= 0) throw new IllegalArgumentException("amount must be positive: " + amount);
            balance += amount;
        }

        abstract long monthlyFee();

        void endOfMonth() { balance -= monthlyFee(); }

        @Override public String toString() { return getClass().getSimpleName() + "#" + id + "[" + balance + "]"; }
    }

    static class Checking extends Account {
        long monthlyFee() { return balance < 1000 ? 5 : 0; }
    }

    static class Savings extends Account {
        final double rate;
        Savings(double rate) { this.rate = rate; }
        long monthlyFee() { return 0; }
        @Override void endOfMonth() { balance += Math.round(balance * rate / 12); super.endOfMonth(); }
    }

    static final class Premium extends Savings {
        Premium() { super(0.05); }
        @Override long monthlyFee() { return -1; }
    }

    public static void main(String[] args) {
        Account[] accounts = { new Checking(), new Savings(0.02), new Premium(), new Checking() };
        long[] deposits = { 500, 12000, 30000, 2500 };
        for (int i = 0; i < accounts.length; i++) accounts[i].deposit(deposits[i]);
        for (int month = 0; month < 12; month++) for (Account a : accounts) a.endOfMonth();
        for (Account a : accounts) System.out.println(a);
        try {
            accounts[0].deposit(-5);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Object o = accounts[2];
        System.out.println((o instanceof Savings) + " " + (o instanceof Premium) + " " + (o instanceof Checking) + " " + o.getClass().getSuperclass().getSimpleName());
        Savings s = (Savings) o;
        System.out.println(s.rate);
        try {
            Checking c = (Checking) o;
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
    }
}
