import java.lang.reflect.*;
import java.util.*;

public class ReflectionBasics {
    public static class Sample implements Comparable<Sample>, Runnable {
        public static final int CONSTANT = 7;
        public int visible = 3;
        private String hidden = "secret";
        protected long counter;
        public Sample() {}
        public Sample(int v) { visible = v; }
        public int twice(int x) { return 2 * x; }
        private String whisper(String s) { return s.toLowerCase(); }
        public static String shout(String s) { return s.toUpperCase() + "!"; }
        public int compareTo(Sample o) { return Integer.compare(visible, o.visible); }
        public void run() { counter++; }
        public void fail() { throw new IllegalStateException("failed inside"); }
    }
    interface Marker {}
    enum Color { RED }

    public static void main(String[] args) throws Exception {
        Object[] objects = { "s", 1, new int[0], new String[0][0], new Sample(), Color.RED, new ArrayList<>(), (Runnable) () -> {}, int.class, Marker.class };
        for (Object o : objects) {
            Class<?> c = o.getClass();
            if (o instanceof Runnable && !(o instanceof Sample)) c = Runnable.class;
            System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c.getTypeName() + " | " + c.isArray() + " " + c.isInterface() + " " + c.isPrimitive() + " " + c.isEnum());
        }
        Class<?> sc = Class.forName("ReflectionBasics$Sample");
        System.out.println(sc.getName() + " " + sc.getSuperclass().getName() + " " + Arrays.toString(sc.getInterfaces()) + " " + Modifier.toString(sc.getModifiers()) + " " + sc.getPackageName().isEmpty() + " " + sc.getDeclaringClass().getSimpleName());
        System.out.println(int[].class.getComponentType() + " " + String[][].class.getComponentType().getName() + " " + Integer.TYPE + " " + void.class + " " + Class.forName("[I").getSimpleName() + " " + Class.forName("java.util.HashMap").getSimpleName());
        Object inst = sc.getConstructor(int.class).newInstance(41);
        Method twice = sc.getMethod("twice", int.class);
        System.out.println(twice.invoke(inst, 21) + " " + twice.getReturnType() + " " + twice.getParameterCount() + " " + Modifier.isPublic(twice.getModifiers()) + " " + twice.getName());
        Method shout = sc.getMethod("shout", String.class);
        System.out.println(shout.invoke(null, "hey") + " " + Modifier.isStatic(shout.getModifiers()));
        Method whisper = sc.getDeclaredMethod("whisper", String.class);
        whisper.setAccessible(true);
        System.out.println(whisper.invoke(inst, "QUIET"));
        Field visible = sc.getField("visible");
        visible.setInt(inst, 99);
        Field hidden = sc.getDeclaredField("hidden");
        hidden.setAccessible(true);
        System.out.println(visible.getInt(inst) + " " + hidden.get(inst) + " " + sc.getField("CONSTANT").get(null) + " " + visible.getType() + " " + Modifier.toString(hidden.getModifiers()));
        hidden.set(inst, "changed");
        System.out.println(hidden.get(inst));
        try {
            sc.getMethod("fail").invoke(inst);
        } catch (InvocationTargetException e) {
            System.out.println("target: " + e.getCause());
        }
        try {
            sc.getMethod("missing");
        } catch (NoSuchMethodException e) {
            System.out.println("no such method: " + e.getMessage());
        }
        try {
            Class.forName("does.not.Exist");
        } catch (ClassNotFoundException e) {
            System.out.println("cnfe: " + e.getMessage());
        }
        List<String> names = new ArrayList<>();
        for (Method m : sc.getDeclaredMethods()) names.add(m.getName());
        Collections.sort(names);
        List<String> fields = new ArrayList<>();
        for (Field f : sc.getDeclaredFields()) fields.add(f.getName());
        Collections.sort(fields);
        System.out.println(names + " " + fields + " " + sc.getDeclaredConstructors().length);
        System.out.println(Comparable.class.isAssignableFrom(sc) + " " + sc.isInstance(inst) + " " + Number.class.isAssignableFrom(Integer.class) + " " + Object.class.getSuperclass() + " " + Runnable.class.getSuperclass() + " " + int[].class.getSuperclass().getName());
        Sample created = (Sample) sc.getDeclaredConstructor().newInstance();
        System.out.println(created.visible + " " + Array.getLength(new int[5]) + " " + Array.get(new int[] { 4, 5 }, 1) + " " + Array.newInstance(String.class, 2).getClass().getSimpleName());
    }
}
