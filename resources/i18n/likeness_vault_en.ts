<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <source>肖像保险箱 Likeness Vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
