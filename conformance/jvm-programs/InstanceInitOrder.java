public class InstanceInitOrder {
    static StringBuilder log = new StringBuilder();

    static class Base {
        int baseField = mark("Base.field", 1);
        { mark("Base.block", 0); }
        Base() {
            mark("Base.ctor", 0);
            describe();
        }
        void describe() { mark("Base.describe", 0); }
    }

    static class Derived extends Base {
        int derivedField = mark("Derived.field", 42);
        String name = "set";
        { mark("Derived.block1", 0); }
        Derived() {
            this("default");
            mark("Derived.ctor()", 0);
        }
        Derived(String n) {
            super();
            mark("Derived.ctor(" + n + ")", 0);
        }
        { mark("Derived.block2", 0); }
        @Override void describe() { mark("Derived.describe sees " + derivedField + "/" + name, 0); }
    }

    static int mark(String what, int v) { log.append(what).append("; "); return v; }

    public static void main(String[] args) {
        Derived d = new Derived();
        System.out.println(log);
        System.out.println(d.derivedField + " " + d.baseField + " " + d.name);
        log.setLength(0);
        new Derived("explicit");
        System.out.println(log);
        log.setLength(0);
        Base anon = new Base() {
            int extra = mark("anon.field", 5);
            { mark("anon.block", 0); }
            @Override void describe() { mark("anon.describe extra=" + extra, 0); }
        };
        System.out.println(log);
    }
}
