/**
 * The Excel workbook (Apache POI, streaming): Summary, Facts, By source, Claims, Sources and Problems sheets with links from every figure to its quote. POI is used nowhere else.
 */
package org.claimtally.report.xlsx;
