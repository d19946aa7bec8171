using Hawk.Containers.Cgroups;
using Hawk.Containers.Spec;

namespace Hawk.Containers.Runtime;

/// <summary>The commands that act on a live container's cgroup: pause, resume, ps, events (stats) and update.</summary>
public sealed partial class ContainerRuntime
{
    /// <summary>Freezes every process of a created or running container (status paused), as runc allows for both.</summary>
    public void Pause(string id) => Freeze(id, frozen: true, ContainerStatus.Created, ContainerStatus.Running);

    public void Resume(string id) => Freeze(id, frozen: false, ContainerStatus.Paused);

    /// <summary>The container's processes as host pids, ascending (the init first unless a child got a lower recycled pid).</summary>
    public IReadOnlyList<int> Processes(string id) => LiveCgroup(id, "list the processes of").Processes();

    public CgroupStats Stats(string id) => LiveCgroup(id, "read the statistics of").Stats();

    public void Update(string id, ResourcesSpec resources) => LiveCgroup(id, "update").Update(_hierarchies.Value, resources);

    private void Freeze(string id, bool frozen, params ContainerStatus[] allowed)
    {
        var record = store.Read(id);
        var status = store.StatusOf(record);
        if (!allowed.Contains(status))
        {
            throw new ContainerException($"cannot {(frozen ? "pause" : "resume")} container \"{id}\": it is {status.Name()}");
        }

        ContainerCgroup.Open(record.Cgroups).SetFrozen(frozen);
    }

    private ContainerCgroup LiveCgroup(string id, string action)
    {
        var record = store.Read(id);
        var status = store.StatusOf(record);
        return status is ContainerStatus.Stopped or ContainerStatus.Creating
            ? throw new ContainerException($"cannot {action} container \"{id}\": it is {status.Name()}")
            : ContainerCgroup.Open(record.Cgroups);
    }
}
