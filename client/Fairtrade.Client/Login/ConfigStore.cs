namespace Fairtrade.Client.Login;

/// <summary>
/// The config file in the user's config directory (<c>FAIRTRADE_CONFIG_DIR</c>, else <c>$XDG_CONFIG_HOME/fairtrade</c>,
/// else the platform's application data folder). It holds a token, so on Unix only its owner may read it.
/// </summary>
public sealed class ConfigStore(CliContext context)
{
    private const string FileName = "config.json";
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnly | UnixFileMode.UserExecute;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Directory => context.Variable("FAIRTRADE_CONFIG_DIR")
        ?? Path.Combine(context.Variable("XDG_CONFIG_HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "fairtrade");

    public string FilePath => Path.Combine(Directory, FileName);

    public ClientConfig? Read()
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ClientConfig>(File.ReadAllText(FilePath), Json);
        }
        catch (JsonException)
        {
            throw new UsageException($"The config file {FilePath} is damaged; run 'fairtrade login --server URL' again.");
        }
    }

    public void Write(ClientConfig config)
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        else
        {
            System.IO.Directory.CreateDirectory(Directory, OwnerOnlyFolder);
        }

        // Written beside and moved into place, so the token is never readable by others, not even for a moment.
        var temporary = FilePath + ".new";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, config, Json);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, OwnerOnly);
        }

        File.Move(temporary, FilePath, overwrite: true);
    }

    /// <summary>Removes the stored login; answers whether there was one.</summary>
    public bool Delete()
    {
        if (!File.Exists(FilePath))
        {
            return false;
        }

        File.Delete(FilePath);
        return true;
    }
}
