using Hawk.Cli;
using Hawk.Conformance;

return HawkApp.Run(args, AdapterCatalog.All, Console.Out, Console.Error);
