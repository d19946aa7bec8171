import java.util.*;

public class ArrayListOps {
    public static void main(String[] args) {
        List<String> list = new ArrayList<>();
        for (String s : "delta alpha charlie bravo echo alpha".split(" ")) list.add(s);
        System.out.println(list + " " + list.size() + " " + list.indexOf("alpha") + " " + list.lastIndexOf("alpha") + " " + list.contains("echo"));
        list.add(2, "inserted");
        list.set(0, "DELTA");
        list.remove("alpha");
        list.remove(list.size() - 1);
        System.out.println(list);
        list.addAll(1, List.of("x", "y"));
        list.removeIf(s -> s.length() == 1);
        System.out.println(list + " " + list.get(1));
        list.replaceAll(String::toUpperCase);
        Collections.sort(list);
        System.out.println(list + " " + Collections.binarySearch(list, "ECHO"));
        List<String> sub = list.subList(1, 3);
        sub.set(0, "sub");
        System.out.println(sub + " " + list);
        sub.clear();
        System.out.println(list + " " + list.isEmpty());
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 100; i++) nums.add(i * 37 % 101);
        nums.sort(null);
        System.out.println(nums.get(0) + " " + nums.get(50) + " " + nums.get(99) + " " + nums.size());
        nums.retainAll(List.of(1, 2, 3, 500));
        System.out.println(nums + " " + nums.equals(List.of(1, 2, 3)) + " " + nums.hashCode());
        Object[] arr = nums.toArray();
        Integer[] typed = nums.toArray(new Integer[0]);
        System.out.println(arr.length + " " + typed.getClass().getSimpleName() + " " + Arrays.toString(typed));
        try {
            nums.get(10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            new ArrayList<Integer>().iterator().next();
        } catch (NoSuchElementException e) {
            System.out.println("no such element");
        }
        ArrayList<Integer> big = new ArrayList<>(2);
        for (int i = 0; i < 1000; i++) big.add(i);
        big.ensureCapacity(5000);
        big.trimToSize();
        int total = 0;
        for (int v : big) total += v;
        System.out.println(total + " " + big.stream().mapToInt(Integer::intValue).max().getAsInt());
        ListIterator<String> it = new ArrayList<>(List.of("a", "b", "c")).listIterator();
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) { int idx = it.nextIndex(); String v = it.next(); sb.append(idx).append(v); if (v.equals("b")) it.add("b2"); }
        while (it.hasPrevious()) sb.append(it.previous());
        System.out.println(sb);
    }
}
