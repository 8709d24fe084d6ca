@echo off
rem twiml-lint launcher from the release archive (Windows). Finds Java 17+ through JAVA_HOME or PATH.
rem Extra JVM options: TWIML_LINT_JAVA_OPTS.
setlocal
set "TWIML_LINT_HOME=%~dp0.."
set "TWIML_LINT_JAR=%TWIML_LINT_HOME%\lib\twiml-lint.jar"
if not exist "%TWIML_LINT_JAR%" (
  echo twiml-lint: missing %TWIML_LINT_JAR%: unpack the whole archive 1>&2
  exit /b 2
)
if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE="
  for %%j in (java.exe) do set "JAVA_EXE=%%~$PATH:j"
)
if not defined JAVA_EXE (
  echo twiml-lint: no java on PATH: install Java 17 or newer, or set JAVA_HOME 1>&2
  exit /b 2
)
if not exist "%JAVA_EXE%" (
  echo twiml-lint: %JAVA_EXE% not found: set JAVA_HOME to a Java 17+ installation 1>&2
  exit /b 2
)
rem java -version prints: openjdk version "17.0.15" ... ("1.8.0_402" for Java 8).
set "JAVA_MAJOR="
for /f "tokens=3" %%v in ('call "%JAVA_EXE%" -version 2^>^&1 ^| findstr /i /c:" version "') do (
  if not defined JAVA_MAJOR for /f "delims=.-_+ tokens=1,2" %%a in (%%v) do (
    if "%%a"=="1" (set "JAVA_MAJOR=%%b") else (set "JAVA_MAJOR=%%a")
  )
)
if not defined JAVA_MAJOR (
  echo twiml-lint: cannot tell the version of %JAVA_EXE%: twiml-lint needs Java 17 or newer 1>&2
  exit /b 2
)
if %JAVA_MAJOR% LSS 17 (
  echo twiml-lint: %JAVA_EXE% is Java %JAVA_MAJOR%; twiml-lint needs Java 17 or newer 1>&2
  exit /b 2
)
set "TWIML_LINT_CDS="
if exist "%TWIML_LINT_HOME%\lib\twiml-lint.jsa" set "TWIML_LINT_CDS="-XX:SharedArchiveFile=%TWIML_LINT_HOME%\lib\twiml-lint.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
"%JAVA_EXE%" -XX:+UseSerialGC -Xss8m -XX:-UsePerfData -XX:TieredStopAtLevel=1 -XX:NewRatio=7 -XX:MaxTenuringThreshold=1 %TWIML_LINT_CDS% %TWIML_LINT_JAVA_OPTS% -jar "%TWIML_LINT_JAR%" %*
exit /b %ERRORLEVEL%
