using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm.Verification;

/// <summary>
/// The verifier's class questions answered by the VM: classes are loaded (not initialized) through the loader
/// of the class being verified, so a missing class surfaces as the program's NoClassDefFoundError, as on HotSpot.
/// </summary>
internal sealed class VmClassHierarchy(JavaVm vm, JThread? thread, JClass verified) : IClassHierarchy
{
    private JClass Load(string name) => vm.LoadClass(thread, name, verified.IsBootstrap);

    public bool IsInterface(string className) => Load(className).IsInterface;

    public bool IsSubclassOf(string subclass, string superclass)
    {
        var target = Load(superclass);
        for (var type = Load(subclass); type is not null; type = type.Super)
        {
            if (ReferenceEquals(type, target))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsProtectedElsewhere(string owner, string name, string descriptor, bool isMethod, string currentClass)
    {
        var type = Load(owner);
        var (declaring, access) = isMethod
            ? type.FindMethodInSuperclasses(name, descriptor) is { } method ? (method.Owner, method.Access) : (null, AccessFlags.None)
            : type.FindField(name, descriptor) is { } field ? (field.Owner, field.Access) : (null, AccessFlags.None);
        return declaring is not null && (access & AccessFlags.Protected) != 0 &&
            (declaring.Package != verified.Package || declaring.IsBootstrap != verified.IsBootstrap);
    }
}
