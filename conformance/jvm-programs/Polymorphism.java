public class Polymorphism {
    static class Animal {
        String name = "animal";
        static String kind() { return "Animal"; }
        String sound() { return "..."; }
        String describe() { return name + " says " + sound(); }
        void overload(Object o) { System.out.println("Object " + o); }
        void overload(String s) { System.out.println("String " + s); }
        void overload(int i) { System.out.println("int " + i); }
        void overload(long l) { System.out.println("long " + l); }
        void overload(Integer i) { System.out.println("Integer " + i); }
    }

    static class Dog extends Animal {
        String name = "dog";
        static String kind() { return "Dog"; }
        @Override String sound() { return "woof"; }
        @Override String describe() { return "the " + name + " (" + super.name + "): " + super.describe(); }
    }

    static class Puppy extends Dog {
        @Override String sound() { return super.sound() + "!"; }
    }

    public static void main(String[] args) {
        Animal a = new Puppy();
        System.out.println(a.describe());
        System.out.println(a.name + " " + ((Dog) a).name + " " + Animal.kind() + " " + Dog.kind());
        a.overload("text");
        a.overload(3);
        a.overload(3L);
        a.overload((Object) "obj");
        a.overload(Integer.valueOf(5));
        a.overload('c');
        Animal[] zoo = { new Animal(), new Dog(), new Puppy() };
        for (Animal z : zoo) System.out.println(z.getClass().getSimpleName() + " " + z.sound());
        Object o = zoo;
        System.out.println((o instanceof Animal[]) + " " + (o instanceof Object[]) + " " + (zoo instanceof Object));
    }
}
