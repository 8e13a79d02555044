using System.Globalization;

namespace Fairtrade.Silo.Web;

/// <summary>The history chart's geometry: criteria met per day as a line in a fixed box, for an SVG drawn by the page.</summary>
public sealed class StatusChart
{
    public const int Width = 360;
    public const int Height = 100;
    public const int Criteria = 5;

    public StatusChart(int[] metPerDay)
    {
        MetPerDay = metPerDay;
        var step = metPerDay.Length > 1 ? (double)Width / (metPerDay.Length - 1) : 0;
        Points = string.Join(' ', metPerDay.Select((met, day) =>
            string.Create(CultureInfo.InvariantCulture, $"{day * step:0.#},{Y(met):0.#}")));
    }

    public int[] MetPerDay { get; }

    /// <summary>The polyline's points, one a day, oldest on the left.</summary>
    public string Points { get; }

    public static double Y(int met) => Height - (double)met / Criteria * Height;
}
