#!/usr/bin/env bash
# Runs the Spark job on this machine (local[2]) exactly as spark-submit runs it on a cluster:
# org.apache.spark.deploy.SparkSubmit is the class the spark-submit script starts. Builds what
# it needs first (the CLI's artifact, the job jar, Spark's classpath from Maven).
# usage: bench/spark-local.sh INPUT OUTPUT [job options: --sources FILE, --field text=body, --partitions N]
#   MASTER=local[1] bench/spark-local.sh …   to run on one core
# On a cluster the same job is:
#   spark-submit --class org.claimtally.spark.ClaimtallyJob spark/target/claimtally-spark.jar \
#     --input hdfs:///archive/2026 --output hdfs:///claimtally/2026
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bench/spark-local.sh INPUT OUTPUT [job options]" >&2; exit 2; }
cd "$(dirname "$0")/.."
input="$1"; output="$2"; shift 2
master="${MASTER:-local[2]}"
if [ ! -f spark/target/claimtally-spark.jar ] || [ -n "${REBUILD:-}" ]; then
  mvn -B -q install -DskipTests
  mvn -B -q -f spark/pom.xml package -DskipTests
fi
cp_file=spark/target/spark-classpath.txt
if [ ! -f "$cp_file" ] || [ spark/pom.xml -nt "$cp_file" ]; then
  mvn -B -q -f spark/pom.xml dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/spark-classpath.txt
fi
# the module options Spark's launcher gives a Java 17 JVM (see spark/pom.xml)
opts=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' spark/pom.xml)
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
# shellcheck disable=SC2086
exec java -Xmx${DRIVER_MEMORY:-4g} $opts -cp "spark/target/claimtally-spark.jar:$(cat "$cp_file")" \
  org.apache.spark.deploy.SparkSubmit --master "$master" --conf spark.ui.enabled=false --conf spark.log.level=WARN \
  ${SPARK_CONF:-} --class org.claimtally.spark.ClaimtallyJob spark/target/claimtally-spark.jar \
  --input "$input" --output "$output" "$@"
