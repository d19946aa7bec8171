import java.util.*;

public class Cloning {
    static class Sheep implements Cloneable {
        String name;
        int[] data = { 1, 2, 3 };

        Sheep(String name) { this.name = name; }

        @Override
        protected Sheep clone() throws CloneNotSupportedException {
            return (Sheep) super.clone();
        }
    }

    static class NotCloneable {
        Object tryClone() throws CloneNotSupportedException { return clone(); }
    }

    public static void main(String[] args) throws Exception {
        Sheep dolly = new Sheep("Dolly");
        Sheep copy = dolly.clone();
        copy.name = "Polly";
        copy.data[0] = 99;
        System.out.println(dolly.name + " " + copy.name + " " + dolly.data[0] + " " + (dolly.data == copy.data) + " " + (copy.getClass() == Sheep.class));
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException " + e.getMessage());
        }
        int[][] grid = { { 1 }, { 2 } };
        int[][] shallow = grid.clone();
        shallow[0][0] = 5;
        System.out.println(grid[0][0] + " " + (grid[1] == shallow[1]));
        ArrayList<String> list = new ArrayList<>(List.of("a"));
        @SuppressWarnings("unchecked")
        ArrayList<String> listCopy = (ArrayList<String>) list.clone();
        listCopy.add("b");
        System.out.println(list + " " + listCopy);
    }
}
