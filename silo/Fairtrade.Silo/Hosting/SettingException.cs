namespace Fairtrade.Silo.Hosting;

/// <summary>A setting is missing or wrong, or what it points at does not answer; the message names the setting.</summary>
public sealed class SettingException(string message, Exception? inner = null) : Exception(message, inner);
