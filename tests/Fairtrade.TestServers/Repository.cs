namespace Fairtrade.TestServers;

/// <summary>The checkout the tests run from, found by walking up from the test binaries to <c>Fairtrade.sln</c>.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Fairtrade.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Fairtrade.sln above {AppContext.BaseDirectory}.");
    }
}
