# Sourced by run.sh and test.sh: Karaf 4.4 runs on Java 17 (or 21), not on the machine's JDK 25.
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
current="${JAVA_HOME:+$JAVA_HOME/bin/}java"
case "$(java_major "$current" 2>/dev/null)" in
  17|21) ;;
  *)
    for candidate in /usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/temurin-17* /usr/lib/jvm/java-21-openjdk-*; do
      if [ -x "$candidate/bin/java" ]; then export JAVA_HOME="$candidate"; break; fi
    done
    case "$(java_major "${JAVA_HOME:+$JAVA_HOME/bin/}java" 2>/dev/null)" in
      17|21) ;;
      *) echo "Kabinet needs a JDK 17 (or 21); set JAVA_HOME to one." >&2; exit 1 ;;
    esac
    ;;
esac
if [ -n "${JAVA_HOME:-}" ]; then export PATH="$JAVA_HOME/bin:$PATH"; fi
# Karaf's scripts want JAVA_HOME: derive it from the java on the PATH when it is not set.
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  export JAVA_HOME
fi
