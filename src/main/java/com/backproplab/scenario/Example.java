package com.backproplab.scenario;

/** A configured example: a stable id for its link ({@code /?example=ID}), a title, and what to look at. */
public record Example(String id, String title, String lookAt, Scenario scenario) {}
